package com.gmpgate.ai.api;

import com.gmpgate.ai.api.AiViews.Text;

/** What a worker or reviewer reads about an analysis without an automatic assessment, Korean first. */
final class ReasonMessages {

    private ReasonMessages() {
    }

    static Text of(String reason) {
        return switch (reason) {
            case "MANUAL_REVIEW" -> new Text("관리자가 사진을 확인합니다.", "A supervisor will review the photo.");
            case "MODEL_THROTTLED", "MODEL_TIMEOUT", "MODEL_UNAVAILABLE" -> new Text(
                    "자동 분석을 지금 할 수 없어 관리자가 사진을 확인합니다.",
                    "Automatic analysis is unavailable right now; a supervisor will review the photo.");
            case "LOW_CONFIDENCE" -> new Text("자동 분석 결과가 확실하지 않아 관리자가 사진을 확인합니다.",
                    "The automatic analysis is not certain enough; a supervisor will review the photo.");
            case "IMAGE_NOT_USABLE" -> new Text("사진으로 상처를 판단할 수 없습니다. 밝은 곳에서 상처가 잘 보이게 다시 찍어 주세요.",
                    "The wound cannot be judged from this photo. Retake it in good light with the wound in view.");
            case "IMAGE_TYPE_MISMATCH" -> new Text("사진 파일 형식이 올바르지 않습니다. 다시 찍어 올려 주세요.",
                    "The file is not the photo type that was declared. Take and upload the photo again.");
            case "IMAGE_TOO_LARGE" -> new Text("사진 파일이 너무 큽니다(최대 5MB). 다시 올려 주세요.",
                    "The photo file is too large (5 MB at most). Upload it again.");
            case "IMAGE_TOO_MANY_PIXELS" -> new Text("사진 해상도가 너무 큽니다. 다시 찍어 올려 주세요.",
                    "The photo has too many pixels. Take and upload it again.");
            case "IMAGE_UNREADABLE" -> new Text("사진 파일이 손상되어 읽을 수 없습니다. 다시 올려 주세요.",
                    "The photo file is damaged or incomplete. Upload it again.");
            case "IMAGE_REPLACED" -> new Text("분석한 뒤에 같은 자리에 다른 사진이 올라와 받을 수 없습니다. 새로 찍어 올려 주세요.",
                    "Another photo was uploaded over the one already analysed, so it is refused. Take a new photo.");
            default -> new Text("자동 분석 결과를 사용할 수 없어 관리자가 사진을 확인합니다.",
                    "The automatic analysis could not be used; a supervisor will review the photo.");
        };
    }
}
