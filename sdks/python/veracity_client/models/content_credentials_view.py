from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credentials_validation import CredentialsValidation
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentCredentialsView")


@_attrs_define
class ContentCredentialsView:
    """What a file's C2PA manifest declares, and whether its signature holds.

    Attributes:
        claim_generator (str): The software that wrote the manifest.
        actions (list[str]): e.g. `c2pa.created`, `c2pa.edited`.
        validation (CredentialsValidation): How far a C2PA manifest can be trusted: `trusted` (chains to a configured
            trust anchor),
            `valid` (good signature, signer not trusted) or `invalid` (does not match the file, or
            cannot be verified).
        validation_codes (list[str]): C2PA validation status codes explaining a state other than `trusted`.
        digital_source_type (str | Unset): IPTC digital source type, e.g. `trainedAlgorithmicMedia`, `digitalCapture`.
        signer (str | Unset): The signing certificate's organisation (or common name).
        signed_at (str | Unset):
    """

    claim_generator: str
    actions: list[str]
    validation: CredentialsValidation
    validation_codes: list[str]
    digital_source_type: str | Unset = UNSET
    signer: str | Unset = UNSET
    signed_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claim_generator = self.claim_generator

        actions = self.actions

        validation = self.validation.value

        validation_codes = self.validation_codes

        digital_source_type = self.digital_source_type

        signer = self.signer

        signed_at = self.signed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claim_generator": claim_generator,
                "actions": actions,
                "validation": validation,
                "validation_codes": validation_codes,
            }
        )
        if digital_source_type is not UNSET:
            field_dict["digital_source_type"] = digital_source_type
        if signer is not UNSET:
            field_dict["signer"] = signer
        if signed_at is not UNSET:
            field_dict["signed_at"] = signed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        claim_generator = d.pop("claim_generator")

        actions = cast(list[str], d.pop("actions"))

        validation = CredentialsValidation(d.pop("validation"))

        validation_codes = cast(list[str], d.pop("validation_codes"))

        digital_source_type = d.pop("digital_source_type", UNSET)

        signer = d.pop("signer", UNSET)

        signed_at = d.pop("signed_at", UNSET)

        content_credentials_view = cls(
            claim_generator=claim_generator,
            actions=actions,
            validation=validation,
            validation_codes=validation_codes,
            digital_source_type=digital_source_type,
            signer=signer,
            signed_at=signed_at,
        )

        content_credentials_view.additional_properties = d
        return content_credentials_view

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
