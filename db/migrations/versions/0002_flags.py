"""flags: one pending flag per change

Two matchers running at once (two processes, or a crawl's match while `ssbtrack match` runs) must
not raise one change twice. Decided flags may share a key (a change accepted, later undone and
reported again), so the index covers pending flags only; SQLite and PostgreSQL both have partial
indexes.

Revision ID: 0002_flags
Revises: 0001
Create Date: 2026-11-25 16:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_flags"
down_revision = "0001"
branch_labels = None
depends_on = None

PENDING = sa.text("state = 'pending'")


def upgrade() -> None:
    op.create_index(
        "uq_flags_pending_change_key",
        "flags",
        ["change_key"],
        unique=True,
        sqlite_where=PENDING,
        postgresql_where=PENDING,
    )


def downgrade() -> None:
    op.drop_index("uq_flags_pending_change_key", table_name="flags")
