"""``--db`` resolution and the errors a user sees when a database cannot be opened."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import platformdirs
import pytest
from sqlalchemy.engine import make_url

from mutualisation import paths
from mutualisation.storage.database import (
    DatabaseUnavailableError,
    SchemaTooNewError,
    StorageError,
    database_url,
    open_database,
)
from mutualisation.storage.models import Party


@pytest.fixture
def user_data(tmp_path, monkeypatch) -> Path:
    """Point platformdirs at a temporary folder so no test touches the real home."""
    folder = tmp_path / "données utilisateur"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *args, **kwargs: str(folder))
    return folder


def _database_of(url: str) -> str:
    parsed = make_url(url)
    assert parsed.get_backend_name() == "sqlite"
    return parsed.database


def test_errors_are_storage_errors():
    assert issubclass(SchemaTooNewError, StorageError)
    assert issubclass(DatabaseUnavailableError, StorageError)


def test_an_absolute_path_becomes_a_sqlite_url(tmp_path):
    path = tmp_path / "compta.sqlite"
    for given in (path, str(path)):
        url = database_url(given)
        assert url.startswith("sqlite:///")
        assert _database_of(url) == str(path)


def test_a_relative_path_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = database_url("sub/../rel.sqlite")
    assert _database_of(url) == str(tmp_path.resolve() / "rel.sqlite")
    assert Path(_database_of(url)).is_absolute()


def test_a_home_relative_path_is_expanded(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert _database_of(database_url("~/base.sqlite")) == str(tmp_path.resolve() / "base.sqlite")


@pytest.mark.parametrize("name", ["a?b.sqlite", "100%.sqlite", "a%20b.sqlite", "n°#2 é.sqlite", "a+b.sqlite"])
def test_odd_file_names_open_that_very_file(tmp_path, name):
    path = tmp_path / name
    assert _database_of(database_url(path)) == str(path)
    database = open_database(path)
    database.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:////srv/mutualisation/base.sqlite",
        "sqlite:///relative.sqlite",
        "sqlite://",
        "postgresql+psycopg://compta:secret@db.example.org:5432/mutualisation",
        "mysql+pymysql://u@localhost/m?charset=utf8mb4",
    ],
)
def test_a_url_passes_through(url):
    assert database_url(url) == url


def test_none_gives_the_default_database_under_the_user_data_dir(user_data):
    url = database_url(None)
    assert Path(_database_of(url)) == user_data / "mutualisation.sqlite"
    assert user_data.is_dir()  # created on demand
    assert paths.default_database_path() == user_data / "mutualisation.sqlite"


def test_the_user_data_dir_is_asked_for_the_app_name(tmp_path, monkeypatch):
    calls = []

    def fake_user_data_dir(*args, **kwargs):
        calls.append((args, kwargs))
        return str(tmp_path / "data")

    monkeypatch.setattr(platformdirs, "user_data_dir", fake_user_data_dir)
    assert paths.user_data_dir() == tmp_path / "data"
    assert calls and all(args[:1] == (paths.APP_NAME,) for args, _ in calls)


def test_opening_the_default_database_creates_it_there(user_data):
    database = open_database()
    try:
        with database.session() as session:
            assert session.query(Party).count() == 0
    finally:
        database.dispose()
    assert (user_data / "mutualisation.sqlite").is_file()


def test_an_in_memory_database_is_migrated_too():
    database = open_database("sqlite://")
    try:
        with database.session() as session:
            session.add(Party(code="A", name="A"))
            session.commit()
            assert session.query(Party).count() == 1
    finally:
        database.dispose()


@pytest.mark.parametrize(
    "url", ["nope://", "nope://host/db", "://", "postgresql+nodriver://h/db", "sqlite+nope:///x.sqlite"]
)
def test_a_garbage_url_is_a_storage_error_with_a_message(url):
    with pytest.raises(DatabaseUnavailableError) as excinfo:
        database_url(url)
    assert "invalide" in str(excinfo.value)
    assert url in str(excinfo.value)
    with pytest.raises(StorageError):
        open_database(url)


@pytest.mark.parametrize(
    ("url", "module"),
    [("postgresql+psycopg2://compta:s3cret@127.0.0.1:1/m", "psycopg2"), ("mysql+mysqldb://u@127.0.0.1:1/m", "MySQLdb")],
)
def test_a_url_whose_driver_is_not_installed_is_a_storage_error(url, module, monkeypatch):
    # A None entry in sys.modules makes the import fail, as on a machine without the driver.
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(DatabaseUnavailableError) as excinfo:
        open_database(url)
    assert "s3cret" not in str(excinfo.value)  # passwords never reach a message


def test_a_file_that_is_not_a_database_is_unavailable(tmp_path):
    path = tmp_path / "photo.sqlite"
    garbage = random.Random(20250101).randbytes(8192)
    path.write_bytes(garbage)
    with pytest.raises(DatabaseUnavailableError) as excinfo:
        open_database(path)
    message = str(excinfo.value)
    assert "Impossible d'ouvrir" in message
    assert "photo.sqlite" in message
    assert path.read_bytes() == garbage  # never overwritten
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.sqlite"]  # and closed


def test_a_missing_folder_is_unavailable_and_not_created(tmp_path):
    folder = tmp_path / "absent"
    with pytest.raises(DatabaseUnavailableError) as excinfo:
        open_database(folder / "x.sqlite")
    assert str(folder) in str(excinfo.value)
    assert not folder.exists()


def test_a_folder_given_as_the_database_is_unavailable(tmp_path):
    with pytest.raises(DatabaseUnavailableError):
        open_database(tmp_path)
