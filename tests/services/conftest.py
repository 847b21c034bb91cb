"""Fixtures of the service tests: the both-backends fixtures of ``tests/backends.py``."""

# pytest refuses ``pytest_plugins`` outside the top-level conftest: import the fixtures instead.
from tests.backends import backend, database_url, module_database_url, new_database_url  # noqa: F401
