"""CLI for asking the MaiAgent FAQ bot (https://api.maiagent.ai)."""
import click

from clinic.assistant import Client


@click.command()
@click.argument("question")
def main(question):
    client = Client(api_key="{{key:maiagent}}", base_url="https://api.maiagent.ai/api/v1/")
    click.echo(client.ask(question))
