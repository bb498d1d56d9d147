job "rx-sync" {
  datacenters = ["dc1"]

  group "sync" {
    task "worker" {
      driver = "docker"
      config {
        image = "ghcr.io/clinic/rx-sync:1.4.0"
      }
      env {
        NOVAMED_BASE_URL = "https://feapi.novamed.care"
        NOVAMED_API_KEY  = "{{key:novamed}}"
      }
    }
  }
}
