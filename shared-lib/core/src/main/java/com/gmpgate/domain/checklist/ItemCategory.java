package com.gmpgate.domain.checklist;

/**
 * Where an item sits on the screen and what {@code true} means: for a SYMPTOM "I have it", for HYGIENE
 * "done"; WOUND items ask about wounds or lesions and carry the photo.
 */
public enum ItemCategory {
    SYMPTOM,
    WOUND,
    HYGIENE
}
