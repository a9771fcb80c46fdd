"""Alembic environment: always run with a connection handed in by db.engine.upgrade_schema."""

from alembic import context

from db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through db.engine.upgrade_schema (ssbtrack init)")


def _ours(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # APScheduler creates and owns its job-store table; it is not part of our schema
    return not (type_ == "table" and name == "apscheduler_jobs")


context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True, include_object=_ours)
with context.begin_transaction():
    context.run_migrations()
