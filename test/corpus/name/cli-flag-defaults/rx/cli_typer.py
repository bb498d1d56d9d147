import typer

app = typer.Typer()


@app.command()
def sync(novamed_api_key: str = typer.Option("{{key:novamed}}", envvar="NOVAMED_API_KEY")):
    typer.echo("syncing")
