from enum import StrEnum


class CredentialsValidation(StrEnum):
    INVALID = "invalid"
    TRUSTED = "trusted"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)
