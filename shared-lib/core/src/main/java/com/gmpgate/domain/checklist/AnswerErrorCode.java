package com.gmpgate.domain.checklist;

/** Why one answer (or photo) was refused. */
public enum AnswerErrorCode {
    /** The client answered another template id or version than the pack's. */
    TEMPLATE_MISMATCH,
    /** An answer or photo for an item the template does not have. */
    UNKNOWN_ITEM,
    /** A value of the wrong JSON type (a number for a yes/no, a string, null, a photo sent as an answer…). */
    WRONG_TYPE,
    /** A required item was not answered. */
    MISSING,
    /** A number outside the item's range, or not finite. */
    OUT_OF_RANGE,
    /** A photo is required (e.g. {@code hand_wound=true}) and none was sent. */
    PHOTO_REQUIRED,
    /** A photo was sent for an item that is not a photo item. */
    NOT_A_PHOTO_ITEM,
    /** More than one photo for the same item. */
    DUPLICATE_PHOTO,
    /** A photo was sent although its condition does not hold (a wound photo with {@code hand_wound=false}). */
    PHOTO_NOT_EXPECTED,
    /** The photo's image key is not one of the caller's own uploads (see {@code ImageKeys}). */
    UNKNOWN_PHOTO
}
