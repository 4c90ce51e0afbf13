package com.gmpgate.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ImageKeysTest {

    private static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static final String WORKER = "6b0b3d2e-3c4e-4f0a-9d6c-2f1b8e7a9c10";

    @Test
    void newKey_namespacesBySiteAndWorker_withTheFormatsExtension() {
        ImageKeys.ImageKey key = ImageKeys.newKey("demo-site", WORKER, ImageFormat.WEBP, ID);
        assertThat(key.value()).isEqualTo("uploads/demo-site/" + WORKER + "/" + ID + ".webp");
        assertThat(ImageKeys.parse(key.value())).contains(key);
        assertThat(key.sanitizedValue()).isEqualTo("sanitized/demo-site/" + WORKER + "/" + ID + ".jpg");
        assertThat(ImageKeys.parse(key.sanitizedValue())).as("a sanitized copy is never an upload key").isEmpty();
    }

    @Test
    void isOwnedBy_onlyTheSameWorkerAtTheSameSite() {
        String key = ImageKeys.newKey("demo-site", WORKER, ImageFormat.JPEG, ID).value();
        assertThat(ImageKeys.isOwnedBy(key, "demo-site", WORKER)).isTrue();
        assertThat(ImageKeys.isOwnedBy(key, "demo-site", "someone-else")).isFalse();
        assertThat(ImageKeys.isOwnedBy(key, "other-site", WORKER)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "uploads/demo-site/w1/0f8fad5b-d9cb-469f-a165-70867728950e",
            "uploads/demo-site/w1/0f8fad5b-d9cb-469f-a165-70867728950e.gif",
            "uploads/demo-site/w1/0F8FAD5B-D9CB-469F-A165-70867728950E.jpg",
            "uploads/demo-site/w1/../w2/0f8fad5b-d9cb-469f-a165-70867728950e.jpg",
            "uploads/demo-site/../0f8fad5b-d9cb-469f-a165-70867728950e.jpg",
            "uploads/demo-site/.w1/0f8fad5b-d9cb-469f-a165-70867728950e.jpg",
            "/uploads/demo-site/w1/0f8fad5b-d9cb-469f-a165-70867728950e.jpg",
            "other/demo-site/w1/0f8fad5b-d9cb-469f-a165-70867728950e.jpg",
            "uploads/demo-site/w1/0f8fad5b-d9cb-469f-a165-70867728950e.jpg\n",
            "uploads/demo site/w1/0f8fad5b-d9cb-469f-a165-70867728950e.jpg"})
    void parse_refusesAnythingNewKeyWouldNotMake(String key) {
        assertThat(ImageKeys.parse(key)).isEmpty();
    }

    @Test
    void newKey_refusesIdsThatCouldEscapeTheirSegment() {
        assertThatThrownBy(() -> ImageKeys.newKey("demo-site", "../w2", ImageFormat.PNG, ID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageKeys.newKey("a/b", WORKER, ImageFormat.PNG, ID))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void imageFormat_acceptsExactlyTheThreeTypes() {
        assertThat(ImageFormat.ofContentType("image/jpeg")).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.ofContentType("IMAGE/PNG")).contains(ImageFormat.PNG);
        assertThat(ImageFormat.ofContentType("image/webp")).contains(ImageFormat.WEBP);
        assertThat(ImageFormat.ofContentType("image/gif")).isEmpty();
        assertThat(ImageFormat.ofContentType("image/jpeg; charset=x")).isEmpty();
        assertThat(ImageFormat.ofContentType(null)).isEmpty();
    }
}
