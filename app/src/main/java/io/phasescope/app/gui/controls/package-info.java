/**
 * Small named factories and containers from which every view is built in code: buttons bound to commands, validated
 * text fields with their error labels, form grids, cards, line lists, chart copying and the last folder chosen. They
 * build Nodes; view models never use them.
 */
package io.phasescope.app.gui.controls;
