"""Pure-Python core: money, periods, allocation keys and the cost-sharing engine.

This package imports nothing outside the standard library, so every rule of the
computation can be tested with plain pytest and reused by the UI, the PDFs and the exports.
"""
