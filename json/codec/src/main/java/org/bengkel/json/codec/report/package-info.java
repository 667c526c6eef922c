/**
 * The JSON codecs of bengkel-core's {@code org.bengkel.report} package, listed by {@link
 * org.bengkel.json.codec.report.ReportCodecs#all()} and registered in {@link
 * org.bengkel.json.Codecs}.
 */
@NullMarked
package org.bengkel.json.codec.report;

import org.jspecify.annotations.NullMarked;
