"""issue 5: signed versions of printed documents

The family's signature locks a plan version or a contract version: plan_version and contract get the date,
the signer and a fingerprint of the signed content; contract gets a version number, and contract_version keeps
the content of earlier signed contract versions. Contracts recorded before this revision were recorded as
signed on their date, so they are marked signed on that date (their fingerprint is computed when printed).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("signed_by", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("fingerprint", sa.String(length=16), nullable=False, server_default=""))
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version_no", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(sa.Column("signed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("fingerprint", sa.String(length=16), nullable=False, server_default=""))
    op.execute("UPDATE contract SET signed_on = date")
    # Server defaults only filled the existing rows; the program always sets the values itself.
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.alter_column("signed_by", server_default=None)
        batch_op.alter_column("fingerprint", server_default=None)
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.alter_column("version_no", server_default=None)
        batch_op.alter_column("fingerprint", server_default=None)
    op.create_table(
        "contract_version",
        sa.Column("contract_id", sa.Uuid(), nullable=False),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column(
            "form",
            sa.Enum("urgent", "non_stationary", name="contractform", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("term_start", sa.Date(), nullable=False),
        sa.Column("term_end", sa.Date(), nullable=False),
        sa.Column("signed_by", sa.String(length=200), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("fingerprint", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_contract_version_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_version")),
        sa.UniqueConstraint(
            "contract_id", "version_no", name=op.f("uq_contract_version_contract_id_version_no")
        ),
    )
    with op.batch_alter_table("contract_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_version_contract_id"), ["contract_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contract_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_version_contract_id"))
    op.drop_table("contract_version")
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.drop_column("fingerprint")
        batch_op.drop_column("signed_on")
        batch_op.drop_column("version_no")
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.drop_column("fingerprint")
        batch_op.drop_column("signed_by")
        batch_op.drop_column("signed_on")
