from enum import StrEnum


class PlanName(StrEnum):
    BASIC = "BASIC"
    ENTERPRISE = "ENTERPRISE"
    FREE = "FREE"
    PRO = "PRO"

    def __str__(self) -> str:
        return str(self.value)
