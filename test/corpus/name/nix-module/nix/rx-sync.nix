{ config, pkgs, ... }:

{
  systemd.services.rx-sync = {
    description = "NovaMed refill sync";
    wantedBy = [ "multi-user.target" ];
    environment = {
      NOVAMED_BASE_URL = "https://feapi.novamed.care";
      NOVAMED_API_KEY = "{{key:novamed}}";
    };
    serviceConfig.ExecStart = "${pkgs.rx-sync}/bin/rx-sync";
  };

  environment.variables.MAIAGENT_API_KEY = "{{key:maiagent}}";
}
