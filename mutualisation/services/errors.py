"""The one error every service raises for a request the data cannot answer."""

from __future__ import annotations


class ServiceError(Exception):
    """A request the data cannot answer (unknown code, no convention); the message is for the user."""
