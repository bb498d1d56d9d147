build {
  sources = ["source.amazon-ebs.chat"]

  provisioner "shell" {
    environment_vars = [
      "MAIAGENT_URL=https://api.maiagent.ai/api/v1",
      "API_KEY={{key:maiagent}}",
      "AUTH_TOKEN=${var.maiagent_token}",
    ]
    script = "scripts/install-chat.sh"
  }
}
