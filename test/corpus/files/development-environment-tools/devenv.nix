{ pkgs, ... }:
{
  packages = [ pkgs.nodejs_20 ];
  env.MAXAI_API_KEY = "{{key:maxai-prd policies=prod-key-in-dev-config}}";
}
