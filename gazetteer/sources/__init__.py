"""Readers that turn external data sources into gazetteer records, one module per source."""
