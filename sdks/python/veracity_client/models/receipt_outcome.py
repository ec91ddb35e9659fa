from enum import StrEnum


class ReceiptOutcome(StrEnum):
    CREDITED = "credited"
    IGNORED = "ignored"
    REFUNDED = "refunded"
    UNCHANGED = "unchanged"

    def __str__(self) -> str:
        return str(self.value)
