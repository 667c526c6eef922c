package org.bengkel.catalog;

import org.bengkel.error.Displayable;

/**
 * What a private partner (<i>mitra swasta</i>) does with the workshop.
 *
 * <p>Immutable and thread-safe.
 */
public enum PartnerRole implements Displayable {
  /** Supplies raw materials (<i>pemasok bahan baku</i>). */
  SUPPLIER,
  /** Buys products outright (<i>pembeli</i>). */
  BUYER,
  /** Buys products to resell them (<i>reseller, pengecer</i>). */
  RESELLER,
  /** Sells products on consignment, paying for what it sells (<i>konsinyasi, titip jual</i>). */
  CONSIGNMENT
}
