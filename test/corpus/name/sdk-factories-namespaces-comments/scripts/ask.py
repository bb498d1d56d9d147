from maiagent import MaiAgent

client = MaiAgent(
    # support workspace key, rotate quarterly
    # (owner: platform team)
    "{{key:maiagent}}",
    timeout=30,
)

sandbox = MaiAgent(
    # from the environment
    os.environ["MAIAGENT_API_KEY"],
)
