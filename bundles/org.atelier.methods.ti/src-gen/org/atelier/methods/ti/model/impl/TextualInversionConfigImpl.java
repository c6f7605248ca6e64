/**
 */
package org.atelier.methods.ti.model.impl;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.EmbeddingFormat;
import org.atelier.core.model.SavesEmbedding;

import org.atelier.methods.ti.model.TextualInversionConfig;
import org.atelier.methods.ti.model.TextualInversionPackage;

import org.atelier.training.model.impl.TrainingConfigImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.methods.ti.model.impl.TextualInversionConfigImpl#getOutputFormat <em>Output Format</em>}</li>
 *   <li>{@link org.atelier.methods.ti.model.impl.TextualInversionConfigImpl#getToken <em>Token</em>}</li>
 *   <li>{@link org.atelier.methods.ti.model.impl.TextualInversionConfigImpl#getInitText <em>Init Text</em>}</li>
 *   <li>{@link org.atelier.methods.ti.model.impl.TextualInversionConfigImpl#getVectors <em>Vectors</em>}</li>
 *   <li>{@link org.atelier.methods.ti.model.impl.TextualInversionConfigImpl#getInitEmbedding <em>Init Embedding</em>}</li>
 *   <li>{@link org.atelier.methods.ti.model.impl.TextualInversionConfigImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.atelier.methods.ti.model.impl.TextualInversionConfigImpl#getTemplateFile <em>Template File</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TextualInversionConfigImpl extends TrainingConfigImpl implements TextualInversionConfig {
	/**
	 * The default value of the '{@link #getOutputFormat() <em>Output Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputFormat()
	 * @generated
	 * @ordered
	 */
	protected static final EmbeddingFormat OUTPUT_FORMAT_EDEFAULT = EmbeddingFormat.SAFETENSORS;

	/**
	 * The cached value of the '{@link #getOutputFormat() <em>Output Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputFormat()
	 * @generated
	 * @ordered
	 */
	protected EmbeddingFormat outputFormat = OUTPUT_FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getToken() <em>Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToken()
	 * @generated
	 * @ordered
	 */
	protected static final String TOKEN_EDEFAULT = "<concept>";

	/**
	 * The cached value of the '{@link #getToken() <em>Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToken()
	 * @generated
	 * @ordered
	 */
	protected String token = TOKEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitText() <em>Init Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitText()
	 * @generated
	 * @ordered
	 */
	protected static final String INIT_TEXT_EDEFAULT = "*";

	/**
	 * The cached value of the '{@link #getInitText() <em>Init Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitText()
	 * @generated
	 * @ordered
	 */
	protected String initText = INIT_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVectors() <em>Vectors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVectors()
	 * @generated
	 * @ordered
	 */
	protected static final int VECTORS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVectors() <em>Vectors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVectors()
	 * @generated
	 * @ordered
	 */
	protected int vectors = VECTORS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitEmbedding() <em>Init Embedding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitEmbedding()
	 * @generated
	 * @ordered
	 */
	protected static final String INIT_EMBEDDING_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getInitEmbedding() <em>Init Embedding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitEmbedding()
	 * @generated
	 * @ordered
	 */
	protected String initEmbedding = INIT_EMBEDDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplate() <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_EDEFAULT = "a photo of [name], [filewords]";

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected String template = TEMPLATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateFile() <em>Template File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateFile()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_FILE_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getTemplateFile() <em>Template File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateFile()
	 * @generated
	 * @ordered
	 */
	protected String templateFile = TEMPLATE_FILE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TextualInversionConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TextualInversionPackage.Literals.TEXTUAL_INVERSION_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmbeddingFormat getOutputFormat() {
		return outputFormat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputFormat(EmbeddingFormat newOutputFormat) {
		EmbeddingFormat oldOutputFormat = outputFormat;
		outputFormat = newOutputFormat == null ? OUTPUT_FORMAT_EDEFAULT : newOutputFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__OUTPUT_FORMAT, oldOutputFormat, outputFormat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToken() {
		return token;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToken(String newToken) {
		String oldToken = token;
		token = newToken;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TOKEN, oldToken, token));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitText() {
		return initText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitText(String newInitText) {
		String oldInitText = initText;
		initText = newInitText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__INIT_TEXT, oldInitText, initText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVectors() {
		return vectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVectors(int newVectors) {
		int oldVectors = vectors;
		vectors = newVectors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__VECTORS, oldVectors, vectors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitEmbedding() {
		return initEmbedding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitEmbedding(String newInitEmbedding) {
		String oldInitEmbedding = initEmbedding;
		initEmbedding = newInitEmbedding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__INIT_EMBEDDING, oldInitEmbedding, initEmbedding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(String newTemplate) {
		String oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplateFile() {
		return templateFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateFile(String newTemplateFile) {
		String oldTemplateFile = templateFile;
		templateFile = newTemplateFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TEMPLATE_FILE, oldTemplateFile, templateFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__OUTPUT_FORMAT:
				return getOutputFormat();
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TOKEN:
				return getToken();
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__INIT_TEXT:
				return getInitText();
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__VECTORS:
				return getVectors();
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__INIT_EMBEDDING:
				return getInitEmbedding();
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TEMPLATE:
				return getTemplate();
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TEMPLATE_FILE:
				return getTemplateFile();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__OUTPUT_FORMAT:
				setOutputFormat((EmbeddingFormat)newValue);
				return;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TOKEN:
				setToken((String)newValue);
				return;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__INIT_TEXT:
				setInitText((String)newValue);
				return;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__VECTORS:
				setVectors((Integer)newValue);
				return;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__INIT_EMBEDDING:
				setInitEmbedding((String)newValue);
				return;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TEMPLATE:
				setTemplate((String)newValue);
				return;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TEMPLATE_FILE:
				setTemplateFile((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__OUTPUT_FORMAT:
				setOutputFormat(OUTPUT_FORMAT_EDEFAULT);
				return;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TOKEN:
				setToken(TOKEN_EDEFAULT);
				return;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__INIT_TEXT:
				setInitText(INIT_TEXT_EDEFAULT);
				return;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__VECTORS:
				setVectors(VECTORS_EDEFAULT);
				return;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__INIT_EMBEDDING:
				setInitEmbedding(INIT_EMBEDDING_EDEFAULT);
				return;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TEMPLATE:
				setTemplate(TEMPLATE_EDEFAULT);
				return;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TEMPLATE_FILE:
				setTemplateFile(TEMPLATE_FILE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__OUTPUT_FORMAT:
				return outputFormat != OUTPUT_FORMAT_EDEFAULT;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TOKEN:
				return TOKEN_EDEFAULT == null ? token != null : !TOKEN_EDEFAULT.equals(token);
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__INIT_TEXT:
				return INIT_TEXT_EDEFAULT == null ? initText != null : !INIT_TEXT_EDEFAULT.equals(initText);
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__VECTORS:
				return vectors != VECTORS_EDEFAULT;
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__INIT_EMBEDDING:
				return INIT_EMBEDDING_EDEFAULT == null ? initEmbedding != null : !INIT_EMBEDDING_EDEFAULT.equals(initEmbedding);
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TEMPLATE:
				return TEMPLATE_EDEFAULT == null ? template != null : !TEMPLATE_EDEFAULT.equals(template);
			case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__TEMPLATE_FILE:
				return TEMPLATE_FILE_EDEFAULT == null ? templateFile != null : !TEMPLATE_FILE_EDEFAULT.equals(templateFile);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == SavesEmbedding.class) {
			switch (derivedFeatureID) {
				case TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__OUTPUT_FORMAT: return AtelierPackage.SAVES_EMBEDDING__OUTPUT_FORMAT;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == SavesEmbedding.class) {
			switch (baseFeatureID) {
				case AtelierPackage.SAVES_EMBEDDING__OUTPUT_FORMAT: return TextualInversionPackage.TEXTUAL_INVERSION_CONFIG__OUTPUT_FORMAT;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (outputFormat: ");
		result.append(outputFormat);
		result.append(", token: ");
		result.append(token);
		result.append(", initText: ");
		result.append(initText);
		result.append(", vectors: ");
		result.append(vectors);
		result.append(", initEmbedding: ");
		result.append(initEmbedding);
		result.append(", template: ");
		result.append(template);
		result.append(", templateFile: ");
		result.append(templateFile);
		result.append(')');
		return result.toString();
	}

} //TextualInversionConfigImpl
