package org.bengkel.json.codec.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bengkel.json.Codec;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.EKatalogCheck;
import org.bengkel.pricing.EKatalogListing;
import org.bengkel.pricing.OfferedPrice;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PriceBookEvent;
import org.bengkel.pricing.PriceList;
import org.bengkel.pricing.PriceRule;
import org.bengkel.pricing.PriceStep;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxPolicy;
import org.junit.jupiter.api.Test;

/**
 * What the package registers, asked of it directly: the registry ({@code Codecs}) and the document
 * kinds read these lists once per JVM, so their own tests cannot tell an empty list from a full one
 * under mutation testing.
 */
class PricingMutationEdgesTest {

  @Test
  void everyPricingTypeHasItsCodecInOrder() {
    assertThat(types(PricingCodecs.all()))
        .containsExactly(
            Channel.class,
            PricingItem.class,
            PriceRule.class,
            PriceList.class,
            PriceBook.class,
            TaxPolicy.class,
            TaxBreakdown.class,
            PriceStep.class,
            QuotedLine.class,
            Quote.class,
            EKatalogListing.class,
            OfferedPrice.class,
            EKatalogCheck.class);
  }

  @Test
  void everyPriceBookEventHasACodec() {
    assertThat(types(PricingCodecs.events()))
        .containsExactlyInAnyOrder(
            PriceBookEvent.PriceListAdded.class,
            PriceBookEvent.PriceListReplaced.class,
            PriceBookEvent.PriceListRetired.class);
  }

  private static List<Class<?>> types(List<? extends Codec<?>> codecs) {
    return codecs.stream().<Class<?>>map(Codec::type).toList();
  }
}
