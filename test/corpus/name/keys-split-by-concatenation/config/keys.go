package config

const novamedAPIKey = "{{key:novamed split}}" +
	"{{rest}}"

const novamedHost = "feapi" +
	".novamed.care"
