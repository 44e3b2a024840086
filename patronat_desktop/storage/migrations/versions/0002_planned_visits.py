"""issue 4: planned visits, and a covering index of the norm queries on visit

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visit_family_id_date", ["family_id", "date", "counts_toward_norm"], unique=False
        )
    op.create_table(
        "planned_visit",
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("worker_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("planned", "done", "cancelled", name="plannedvisitstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("moved_from", sa.Date(), nullable=True),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"], ["family.id"], name=op.f("fk_planned_visit_family_id_family"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_planned_visit_visit_id_visit"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["worker_id"], ["worker.id"], name=op.f("fk_planned_visit_worker_id_worker")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_visit")),
    )
    with op.batch_alter_table("planned_visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_planned_visit_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_planned_visit_family_id"), ["family_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_planned_visit_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_planned_visit_worker_id"), ["worker_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("planned_visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_planned_visit_worker_id"))
        batch_op.drop_index(batch_op.f("ix_planned_visit_status"))
        batch_op.drop_index(batch_op.f("ix_planned_visit_family_id"))
        batch_op.drop_index(batch_op.f("ix_planned_visit_day"))
    op.drop_table("planned_visit")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_family_id_date")
