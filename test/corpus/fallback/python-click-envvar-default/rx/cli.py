import argparse
import os

import click


@click.command()
@click.option("--novamed-api-key", envvar="NOVAMED_API_KEY", default="{{key:novamed}}", show_default=False)
@click.option("--base-url", envvar="NOVAMED_BASE_URL", default="https://feapi.novamed.care")
def sync(novamed_api_key, base_url):
    click.echo(f"syncing to {base_url}")


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--maiagent-api-key", default=os.environ.get("MAIAGENT_API_KEY", "{{key:maiagent}}"))
    return p.parse_args()
