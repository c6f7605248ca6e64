/**
 */
package org.atelier.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Saves Embedding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A method that writes a textual-inversion embedding: the file format, which new experiments take from the user's preferences.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.SavesEmbedding#getOutputFormat <em>Output Format</em>}</li>
 * </ul>
 *
 * @see org.atelier.core.model.AtelierPackage#getSavesEmbedding()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface SavesEmbedding extends EObject {
	/**
	 * Returns the value of the '<em><b>Output Format</b></em>' attribute.
	 * The default value is <code>"SAFETENSORS"</code>.
	 * The literals are from the enumeration {@link org.atelier.core.model.EmbeddingFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Format</em>' attribute.
	 * @see org.atelier.core.model.EmbeddingFormat
	 * @see #setOutputFormat(EmbeddingFormat)
	 * @see org.atelier.core.model.AtelierPackage#getSavesEmbedding_OutputFormat()
	 * @model default="SAFETENSORS"
	 *        annotation="http://atelier.org/ui group='Output' label='Saved as' help='kohya\'s safetensors (emb_params; SDXL clip_l and clip_g), AUTOMATIC1111\'s .pt (string_to_param), or diffusers\' learned_embeds.safetensors ({token: vectors}).'"
	 * @generated
	 */
	EmbeddingFormat getOutputFormat();

	/**
	 * Sets the value of the '{@link org.atelier.core.model.SavesEmbedding#getOutputFormat <em>Output Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Format</em>' attribute.
	 * @see org.atelier.core.model.EmbeddingFormat
	 * @see #getOutputFormat()
	 * @generated
	 */
	void setOutputFormat(EmbeddingFormat value);

} // SavesEmbedding
