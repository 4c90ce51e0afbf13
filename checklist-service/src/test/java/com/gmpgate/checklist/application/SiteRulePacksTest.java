package com.gmpgate.checklist.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.rules.RulePackException;
import com.gmpgate.domain.rules.RulePacks;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteRulePacksTest {

    @Test
    void aSitesOwnSettings_giveItAVariantOfItsPack_withItsOwnHash_andOtherSitesKeepTheShippedOne() {
        SiteRulePacks packs = new SiteRulePacks(RulePacks.shipped(), RulePacks.DEFAULT_ID,
                Map.of("pharma", "eu-gmp-pharma"),
                SiteRulePacks.parseSettings("plant-7:modelClearsMinorWounds=true, pharma:productContact=false"));

        assertThat(packs.forSite("plant-7").settings()).containsEntry("modelClearsMinorWounds", true);
        assertThat(packs.forSite("plant-7").contentHash())
                .isNotEqualTo(RulePacks.shipped().get(RulePacks.DEFAULT_ID).contentHash());
        assertThat(packs.forSite("pharma").id()).isEqualTo("eu-gmp-pharma");
        assertThat(packs.forSite("pharma").settings()).containsEntry("productContact", false);
        assertThat(packs.forSite("plant-8")).isEqualTo(RulePacks.shipped().get(RulePacks.DEFAULT_ID));
        assertThat(packs.forSite("plant-8").settings()).containsEntry("modelClearsMinorWounds", false);
    }

    @Test
    void parseSettings_readsBooleansAndNumbers_andNothingFromBlank() {
        assertThat(SiteRulePacks.parseSettings("a:x=true,a:y=0.8,b:x=false")).isEqualTo(Map.of(
                "a", Map.of("x", true, "y", new BigDecimal("0.8")), "b", Map.of("x", false)));
        assertThat(SiteRulePacks.parseSettings(" ")).isEmpty();
    }

    @Test
    void aMalformedOrUnknownSetting_failsTheStart() {
        assertThatThrownBy(() -> SiteRulePacks.parseSettings("plant-7=modelClearsMinorWounds"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SiteRulePacks.parseSettings("plant-7:modelClearsMinorWounds=yes"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SiteRulePacks.parseSettings("p:x=true,p:x=false"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SiteRulePacks(RulePacks.shipped(), RulePacks.DEFAULT_ID, Map.of(),
                SiteRulePacks.parseSettings("plant-7:modelClearsMinorWound=true")))
                .isInstanceOf(RulePackException.class);
        assertThatThrownBy(() -> new SiteRulePacks(RulePacks.shipped(), RulePacks.DEFAULT_ID, Map.of(),
                SiteRulePacks.parseSettings("plant-7:modelClearsMinorWounds=1")))
                .isInstanceOf(RulePackException.class);
    }
}
