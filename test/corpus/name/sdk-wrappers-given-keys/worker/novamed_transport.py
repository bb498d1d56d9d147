import os

import httpx

from worker.transports import NovaMedTransport

client = httpx.Client(transport=NovaMedTransport("{{key:novamed}}"))
env_client = httpx.Client(transport=NovaMedTransport(os.environ["NOVAMED_API_KEY"]))
pinned = httpx.Client(transport=NovaMedTransport(retries=3, pin="{{decoy:hex:32}}"))
