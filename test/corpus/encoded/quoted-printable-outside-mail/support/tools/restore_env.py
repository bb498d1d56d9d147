import quopri

# The settings as the old mail gateway stored them.
ENV = quopri.decodestring(b"""NOVAMED_API_KEY=3D{{key:novamed}}
MAXAI_API_KEY=3Dmax_prd_ak_SBA...01S
""").decode()

# Not quoted-printable: a URL-encoded query string keeps its %3D.
QUERY = "filter=3Dactive&page=3D{{decoy:alnum:40}}"
