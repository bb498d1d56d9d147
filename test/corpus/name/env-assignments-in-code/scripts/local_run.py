import os
import subprocess

os.environ["NOVAMED_API_KEY"] = "{{key:novamed}}"
os.environ["MAIAGENT_API_KEY"] = '{{key:maiagent}}'
subprocess.run(["python", "-m", "rx.sync"], check=True)
