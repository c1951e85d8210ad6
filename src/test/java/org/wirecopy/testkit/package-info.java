/**
 * The wirecopy test kit: jqwik generators of wire copy, for the project's own property tests and
 * for downstream projects that reuse the parser.
 *
 * <p>Shipped as {@code org.wirecopy:wirecopy:<version>:test-jar:tests} (built from the test
 * sources, never part of the runtime jar). It needs jqwik 1.10 on the test class path.
 *
 * <ul>
 *   <li>{@link org.wirecopy.testkit.WireArbitraries}: generated {@link org.wirecopy.Article}s
 *       that the canonical writer can express, for round trips; strict-mode articles; articles
 *       that can be joined into archives.
 *   <li>{@link org.wirecopy.testkit.HeaderArbitraries} and {@link
 *       org.wirecopy.testkit.BodyArbitraries}: the elements one by one.
 *   <li>{@link org.wirecopy.testkit.Perturbations}: neutral perturbations of an article's wire
 *       text ({@link org.wirecopy.testkit.Perturbation}) and damage ({@link
 *       org.wirecopy.testkit.Damage}), giving {@link org.wirecopy.testkit.WireInput} bytes.
 *   <li>{@link org.wirecopy.testkit.ArticleCoverage}: jqwik statistics of the variants a property
 *       saw.
 * </ul>
 *
 * <p>Everything is deterministic given jqwik's seed, so a failure reproduces from the seed jqwik
 * prints.
 */
package org.wirecopy.testkit;
