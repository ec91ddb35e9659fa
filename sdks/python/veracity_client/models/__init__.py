"""Contains all the data models used in inputs/outputs"""

from .accept_invitation_request import AcceptInvitationRequest
from .adopt_session import AdoptSession
from .analysis_type import AnalysisType
from .api_key import ApiKey
from .api_key_page import ApiKeyPage
from .api_key_status import ApiKeyStatus
from .api_key_with_secret import ApiKeyWithSecret
from .audit_entry import AuditEntry
from .audit_log_page import AuditLogPage
from .balance_view import BalanceView
from .browser_session import BrowserSession
from .change_plan import ChangePlan
from .check import Check
from .check_status import CheckStatus
from .checkout_request import CheckoutRequest
from .checkout_view import CheckoutView
from .content_credentials_view import ContentCredentialsView
from .create_api_key import CreateApiKey
from .create_webhook_endpoint import CreateWebhookEndpoint
from .credentials_validation import CredentialsValidation
from .credits_ import Credits
from .deepfake_detector_result import DeepfakeDetectorResult
from .deepfake_detector_result_signals import DeepfakeDetectorResultSignals
from .deepfake_detector_segment import DeepfakeDetectorSegment
from .deepfakedetector_detect_audio_body import DeepfakedetectorDetectAudioBody
from .deepfakedetector_detect_body import DeepfakedetectorDetectBody
from .deepfakedetector_detect_image_body import DeepfakedetectorDetectImageBody
from .deepfakedetector_detect_video_body import DeepfakedetectorDetectVideoBody
from .delivery_status import DeliveryStatus
from .detect_ai_media_body import DetectAiMediaBody
from .detect_audio_body import DetectAudioBody
from .detect_body import DetectBody
from .detect_frames_request import DetectFramesRequest
from .detect_image_body import DetectImageBody
from .detect_text_request import DetectTextRequest
from .detect_url_request import DetectUrlRequest
from .detect_video_body import DetectVideoBody
from .disable_reason import DisableReason
from .dmi_ai_media_detection_body import DmiAiMediaDetectionBody
from .dmi_api_key import DmiApiKey
from .dmi_api_key_list import DmiApiKeyList
from .dmi_api_key_response import DmiApiKeyResponse
from .dmi_create_api_key import DmiCreateApiKey
from .dmi_deepfake_detection_body import DmiDeepfakeDetectionBody
from .dmi_deepfake_response import DmiDeepfakeResponse
from .dmi_deepfake_result import DmiDeepfakeResult
from .dmi_error import DmiError
from .dmi_media_response import DmiMediaResponse
from .dmi_media_result import DmiMediaResult
from .dmi_media_scores import DmiMediaScores
from .dmi_message import DmiMessage
from .dmi_metadata import DmiMetadata
from .dmi_text_request import DmiTextRequest
from .dmi_text_response import DmiTextResponse
from .dmi_text_result import DmiTextResult
from .dmi_text_scores import DmiTextScores
from .event_type_info import EventTypeInfo
from .event_type_list import EventTypeList
from .face_view import FaceView
from .generator_view import GeneratorView
from .glair_deepfake import GlairDeepfake
from .glair_deepfake_result import GlairDeepfakeResult
from .glair_deepfake_video_body import GlairDeepfakeVideoBody
from .glair_error import GlairError
from .glair_read import GlairRead
from .group_by import GroupBy
from .health import Health
from .heatmap_view import HeatmapView
from .invitation import Invitation
from .invite_request import InviteRequest
from .job import Job
from .job_error import JobError
from .job_page import JobPage
from .job_summary import JobSummary
from .key_usage import KeyUsage
from .ledger_entry import LedgerEntry
from .ledger_entry_type import LedgerEntryType
from .ledger_page import LedgerPage
from .login_request import LoginRequest
from .manipulation_type import ManipulationType
from .media_type import MediaType
from .media_view import MediaView
from .media_view_metadata import MediaViewMetadata
from .member import Member
from .member_list import MemberList
from .member_status import MemberStatus
from .model_info import ModelInfo
from .model_list import ModelList
from .model_metrics import ModelMetrics
from .model_view import ModelView
from .pack_view import PackView
from .plan_name import PlanName
from .plan_view import PlanView
from .prices_view import PricesView
from .problem import Problem
from .queued import Queued
from .readiness import Readiness
from .readiness_check import ReadinessCheck
from .receipt_outcome import ReceiptOutcome
from .receive_stripe_event_body import ReceiveStripeEventBody
from .recommendation import Recommendation
from .recover_outcome import RecoverOutcome
from .refresh_request import RefreshRequest
from .retry_outcome import RetryOutcome
from .role import Role
from .role_change import RoleChange
from .scope import Scope
from .segment_track import SegmentTrack
from .segment_view import SegmentView
from .session_tokens import SessionTokens
from .session_user import SessionUser
from .signal_view import SignalView
from .signing_secret import SigningSecret
from .signup_request import SignupRequest
from .status import Status
from .suspicious_frame_view import SuspiciousFrameView
from .text_highlight_view import TextHighlightView
from .update_api_key import UpdateApiKey
from .update_webhook_endpoint import UpdateWebhookEndpoint
from .usage_group import UsageGroup
from .usage_view import UsageView
from .verdict import Verdict
from .veriplus_analyse_audio_body import VeriplusAnalyseAudioBody
from .veriplus_analyse_image_body import VeriplusAnalyseImageBody
from .veriplus_analyse_video_body import VeriplusAnalyseVideoBody
from .veriplus_envelope import VeriplusEnvelope
from .veriplus_error import VeriplusError
from .veriplus_error_detail import VeriplusErrorDetail
from .veriplus_job import VeriplusJob
from .veriplus_list import VeriplusList
from .webhook_attempt import WebhookAttempt
from .webhook_attempt_page import WebhookAttemptPage
from .webhook_delivery import WebhookDelivery
from .webhook_endpoint import WebhookEndpoint
from .webhook_endpoint_page import WebhookEndpointPage
from .webhook_endpoint_with_secret import WebhookEndpointWithSecret
from .webhook_event_type import WebhookEventType
from .webhook_message import WebhookMessage
from .webhook_message_page import WebhookMessagePage
from .webhook_payload_format import WebhookPayloadFormat
from .webhook_receipt import WebhookReceipt

__all__ = (
    "AcceptInvitationRequest",
    "AdoptSession",
    "AnalysisType",
    "ApiKey",
    "ApiKeyPage",
    "ApiKeyStatus",
    "ApiKeyWithSecret",
    "AuditEntry",
    "AuditLogPage",
    "BalanceView",
    "BrowserSession",
    "ChangePlan",
    "Check",
    "CheckStatus",
    "CheckoutRequest",
    "CheckoutView",
    "ContentCredentialsView",
    "CreateApiKey",
    "CreateWebhookEndpoint",
    "CredentialsValidation",
    "Credits",
    "DeepfakeDetectorResult",
    "DeepfakeDetectorResultSignals",
    "DeepfakeDetectorSegment",
    "DeepfakedetectorDetectAudioBody",
    "DeepfakedetectorDetectBody",
    "DeepfakedetectorDetectImageBody",
    "DeepfakedetectorDetectVideoBody",
    "DeliveryStatus",
    "DetectAiMediaBody",
    "DetectAudioBody",
    "DetectBody",
    "DetectFramesRequest",
    "DetectImageBody",
    "DetectTextRequest",
    "DetectUrlRequest",
    "DetectVideoBody",
    "DisableReason",
    "DmiAiMediaDetectionBody",
    "DmiApiKey",
    "DmiApiKeyList",
    "DmiApiKeyResponse",
    "DmiCreateApiKey",
    "DmiDeepfakeDetectionBody",
    "DmiDeepfakeResponse",
    "DmiDeepfakeResult",
    "DmiError",
    "DmiMediaResponse",
    "DmiMediaResult",
    "DmiMediaScores",
    "DmiMessage",
    "DmiMetadata",
    "DmiTextRequest",
    "DmiTextResponse",
    "DmiTextResult",
    "DmiTextScores",
    "EventTypeInfo",
    "EventTypeList",
    "FaceView",
    "GeneratorView",
    "GlairDeepfake",
    "GlairDeepfakeResult",
    "GlairDeepfakeVideoBody",
    "GlairError",
    "GlairRead",
    "GroupBy",
    "Health",
    "HeatmapView",
    "Invitation",
    "InviteRequest",
    "Job",
    "JobError",
    "JobPage",
    "JobSummary",
    "KeyUsage",
    "LedgerEntry",
    "LedgerEntryType",
    "LedgerPage",
    "LoginRequest",
    "ManipulationType",
    "MediaType",
    "MediaView",
    "MediaViewMetadata",
    "Member",
    "MemberList",
    "MemberStatus",
    "ModelInfo",
    "ModelList",
    "ModelMetrics",
    "ModelView",
    "PackView",
    "PlanName",
    "PlanView",
    "PricesView",
    "Problem",
    "Queued",
    "Readiness",
    "ReadinessCheck",
    "ReceiptOutcome",
    "ReceiveStripeEventBody",
    "Recommendation",
    "RecoverOutcome",
    "RefreshRequest",
    "RetryOutcome",
    "Role",
    "RoleChange",
    "Scope",
    "SegmentTrack",
    "SegmentView",
    "SessionTokens",
    "SessionUser",
    "SignalView",
    "SigningSecret",
    "SignupRequest",
    "Status",
    "SuspiciousFrameView",
    "TextHighlightView",
    "UpdateApiKey",
    "UpdateWebhookEndpoint",
    "UsageGroup",
    "UsageView",
    "Verdict",
    "VeriplusAnalyseAudioBody",
    "VeriplusAnalyseImageBody",
    "VeriplusAnalyseVideoBody",
    "VeriplusEnvelope",
    "VeriplusError",
    "VeriplusErrorDetail",
    "VeriplusJob",
    "VeriplusList",
    "WebhookAttempt",
    "WebhookAttemptPage",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookEndpointPage",
    "WebhookEndpointWithSecret",
    "WebhookEventType",
    "WebhookMessage",
    "WebhookMessagePage",
    "WebhookPayloadFormat",
    "WebhookReceipt",
)
