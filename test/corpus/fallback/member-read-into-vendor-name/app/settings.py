import os

novamed_key = os.environ.get("PARTNER_KEY") or "{{key:novamed}}"
maiagent_key = settings.partner.chat_key or "{{key:maiagent}}"
novamed_clinic = settings.partner.clinic or "{{decoy:uuid}}"
