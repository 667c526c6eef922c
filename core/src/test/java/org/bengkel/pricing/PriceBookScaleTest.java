package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.pricing.PricingFixtures.JAN_1;
import static org.bengkel.pricing.PricingFixtures.list;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bengkel.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The book's checks are n log n: 65,000 one-day lists (the size that once took 30 s comparing all
 * pairs) build in well under the timeout, chained channels included, and the refusal still names an
 * overlapping pair.
 */
class PriceBookScaleTest {

  private static final int LISTS = 65_000;

  private static List<PriceList> oneDayLists(String prefix, Channel channel, Channel base, int n) {
    List<PriceList> lists = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate day = JAN_1.plusDays(i);
      PriceList.Builder b =
          list(prefix + "-" + i, channel, base == null ? PriceBasis.COST : PriceBasis.CHANNEL)
              .effectiveFrom(day)
              .effectiveUntil(day);
      if (base != null) {
        b.baseChannel(base);
      }
      lists.add(b.build());
    }
    return lists;
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS) // all pairs: about 2 x 10^9 comparisons, 30 s
  void sixtyFiveThousandOneDayListsBuildQuickly() {
    List<PriceList> lists = oneDayLists("L", Channel.GALLERY, null, LISTS);
    PriceBook book = PriceBook.of(lists);
    assertThat(book.lists()).hasSize(LISTS);
    // listFor finds the one list in force by binary search: day 40,000 is list 40,000.
    assertThat(book.listFor(Channel.GALLERY, JAN_1.plusDays(40_000)).orElseThrow().id())
        .isEqualTo("L-40000");
    assertThat(book.listFor(Channel.GALLERY, JAN_1.minusDays(1))).isEmpty();
    assertThat(book.listFor(Channel.GALLERY, JAN_1.plusDays(LISTS))).isEmpty();
    assertThat(book.listFor(Channel.EXHIBITION, JAN_1)).isEmpty();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void longChainsOfChannelListsAreCheckedWithoutRecursion() {
    // Gallery day i is based on exhibition day i, which is based on the online list of day i:
    // 3 x 20,000 lists, 40,000 links, no cycle. A recursive search would also be deep here.
    List<PriceList> lists = new ArrayList<>();
    lists.addAll(oneDayLists("G", Channel.GALLERY, Channel.EXHIBITION, 20_000));
    lists.addAll(oneDayLists("E", Channel.EXHIBITION, Channel.ONLINE_MARKETPLACE, 20_000));
    lists.addAll(oneDayLists("O", Channel.ONLINE_MARKETPLACE, null, 20_000));
    assertThat(PriceBook.of(lists).lists()).hasSize(60_000);
    // One online list based on the gallery on the last day closes a cycle G -> E -> O -> G.
    lists.set(
        lists.size() - 1,
        list("O-19999", Channel.ONLINE_MARKETPLACE, PriceBasis.CHANNEL)
            .baseChannel(Channel.GALLERY)
            .effectiveFrom(JAN_1.plusDays(19_999))
            .effectiveUntil(JAN_1.plusDays(19_999))
            .build());
    assertThatThrownBy(() -> PriceBook.of(lists))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("pricing.list.cycle");
              assertThat(e.details()).containsExactly("G-19999 -> E-19999 -> O-19999 -> G-19999");
            });
  }

  @Test
  void theOverlapRefusalNamesTheLaterListInTheBookAndTheOther() {
    List<PriceList> lists = new ArrayList<>(oneDayLists("L", Channel.GALLERY, null, 1_000));
    // L-1000 runs from day 500 to day 2000, overlapping L-500 ... L-999: the sweep meets L-500
    // (day 500, book index 500) before L-1000 (day 500 too, book index 1000) and reports the
    // pair (500, 1000) as the book orders it.
    lists.add(
        list("L-1000", Channel.GALLERY, PriceBasis.COST)
            .effectiveFrom(JAN_1.plusDays(500))
            .effectiveUntil(JAN_1.plusDays(2_000))
            .build());
    assertThatThrownBy(() -> PriceBook.of(lists))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("pricing.list.overlap");
              assertThat(e.field()).isEqualTo("lists[1000].from");
              assertThat(e.rejectedValue()).contains(JAN_1.plusDays(500).toString());
              assertThat(e.details()).containsExactly("L-500");
            });
    // An open-ended list placed first overlaps every later one: the first later list it meets.
    List<PriceList> open = new ArrayList<>();
    open.add(
        list("OPEN", Channel.GALLERY, PriceBasis.COST).effectiveFrom(JAN_1.plusDays(10)).build());
    open.addAll(oneDayLists("L", Channel.GALLERY, null, 20));
    assertThatThrownBy(() -> PriceBook.of(open))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("lists[11].from"); // L-10, day 10, book index 11
              assertThat(e.details()).containsExactly("OPEN");
            });
  }
}
