"""The routes of the web app: HTML pages and feed (``pages``), the JSON API (``api``)."""
