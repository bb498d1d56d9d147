package cmd

import (
	"github.com/spf13/viper"
)

func initConfig() {
	viper.SetEnvPrefix("clinic")
	viper.AutomaticEnv()
	viper.SetDefault("novamed.base_url", "https://feapi.novamed.care")
	viper.SetDefault("novamed.api_key", "{{key:novamed}}")
	viper.SetDefault("maiagent.api_key", "{{key:maiagent}}")
	viper.SetDefault("log.level", "info")
}
