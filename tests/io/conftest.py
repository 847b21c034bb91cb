"""Fixtures of the import/export tests: the both-backends fixtures of ``tests/backends.py``."""

# pytest refuses ``pytest_plugins`` outside the top-level conftest: import the fixtures instead.
from tests.backends import backend, database_url, new_database_url  # noqa: F401
