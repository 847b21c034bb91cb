"""Sub-commands for previews and forecasts (filled in with the engine)."""


def add_statement_commands(commands, db_parent) -> None:
    return None
