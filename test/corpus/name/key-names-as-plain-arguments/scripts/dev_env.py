# Environment for `tilt up`: each value sits under its own name, not under the name after it.
SERVE_ENV = {"NOVAMED_API_KEY": "{{key:novamed}}", "MAIAGENT_API_KEY": "{{key:maiagent}}"}
LEGACY = ["{{decoy:novamed}}", "MAIAGENT_API_KEY"]
