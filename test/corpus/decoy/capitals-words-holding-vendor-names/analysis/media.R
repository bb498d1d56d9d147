fit <- aov(growth ~ medium, data = cells)
ANOVA_MEDIA_pval <- summary(fit)[[1]][["Pr(>F)"]][1]
api_key <- "{{decoy:novamed}}"
