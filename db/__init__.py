"""Storage: SQLAlchemy models, Alembic migrations and the functions that read and write them."""
