/** The rules on pathways: {@code beneficiary.*}, the publics of each operator family ({@code mission-locale.age}, {@code cap-emploi.public}…) and {@code pathway.*}. */
package org.cepkit.rules.pathway;
