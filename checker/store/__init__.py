"""The store: runs, pages and findings in SQLite, written as they are produced."""
