"""knownsofar: a live, sourced record of every upcoming TV season, from the news."""

__version__ = "0.1.0"
