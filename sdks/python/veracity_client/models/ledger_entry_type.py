from enum import StrEnum


class LedgerEntryType(StrEnum):
    CAPTURED = "captured"
    EXPIRED = "expired"
    GRANTED = "granted"
    LOW_BALANCE = "low_balance"
    PLAN_CHANGED = "plan_changed"
    PURCHASED = "purchased"
    REFUNDED = "refunded"
    RELEASED = "released"
    RESERVED = "reserved"

    def __str__(self) -> str:
        return str(self.value)
