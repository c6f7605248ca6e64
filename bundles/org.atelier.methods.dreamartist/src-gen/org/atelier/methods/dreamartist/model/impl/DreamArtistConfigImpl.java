/**
 */
package org.atelier.methods.dreamartist.model.impl;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.EmbeddingFormat;
import org.atelier.core.model.SavesEmbedding;

import org.atelier.methods.dreamartist.model.DreamArtistConfig;
import org.atelier.methods.dreamartist.model.DreamArtistPackage;

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
 *   <li>{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl#getOutputFormat <em>Output Format</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl#getToken <em>Token</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl#getInitText <em>Init Text</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl#getVectors <em>Vectors</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl#getNegativeInitText <em>Negative Init Text</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl#getNegativeVectors <em>Negative Vectors</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl#getNegativeLrWeight <em>Negative Lr Weight</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl#getCfgScale <em>Cfg Scale</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl#isReconstruction <em>Reconstruction</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl#getReconstructionWeight <em>Reconstruction Weight</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.atelier.methods.dreamartist.model.impl.DreamArtistConfigImpl#getTemplateFile <em>Template File</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DreamArtistConfigImpl extends TrainingConfigImpl implements DreamArtistConfig {
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
	protected static final String TOKEN_EDEFAULT = "<artist>";

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
	protected static final int VECTORS_EDEFAULT = 3;

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
	 * The default value of the '{@link #getNegativeInitText() <em>Negative Init Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegativeInitText()
	 * @generated
	 * @ordered
	 */
	protected static final String NEGATIVE_INIT_TEXT_EDEFAULT = "*";

	/**
	 * The cached value of the '{@link #getNegativeInitText() <em>Negative Init Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegativeInitText()
	 * @generated
	 * @ordered
	 */
	protected String negativeInitText = NEGATIVE_INIT_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNegativeVectors() <em>Negative Vectors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegativeVectors()
	 * @generated
	 * @ordered
	 */
	protected static final int NEGATIVE_VECTORS_EDEFAULT = 6;

	/**
	 * The cached value of the '{@link #getNegativeVectors() <em>Negative Vectors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegativeVectors()
	 * @generated
	 * @ordered
	 */
	protected int negativeVectors = NEGATIVE_VECTORS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNegativeLrWeight() <em>Negative Lr Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegativeLrWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double NEGATIVE_LR_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getNegativeLrWeight() <em>Negative Lr Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegativeLrWeight()
	 * @generated
	 * @ordered
	 */
	protected double negativeLrWeight = NEGATIVE_LR_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCfgScale() <em>Cfg Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCfgScale()
	 * @generated
	 * @ordered
	 */
	protected static final String CFG_SCALE_EDEFAULT = "3.0";

	/**
	 * The cached value of the '{@link #getCfgScale() <em>Cfg Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCfgScale()
	 * @generated
	 * @ordered
	 */
	protected String cfgScale = CFG_SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #isReconstruction() <em>Reconstruction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReconstruction()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECONSTRUCTION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReconstruction() <em>Reconstruction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReconstruction()
	 * @generated
	 * @ordered
	 */
	protected boolean reconstruction = RECONSTRUCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getReconstructionWeight() <em>Reconstruction Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReconstructionWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double RECONSTRUCTION_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getReconstructionWeight() <em>Reconstruction Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReconstructionWeight()
	 * @generated
	 * @ordered
	 */
	protected double reconstructionWeight = RECONSTRUCTION_WEIGHT_EDEFAULT;

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
	protected DreamArtistConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DreamArtistPackage.Literals.DREAM_ARTIST_CONFIG;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamArtistPackage.DREAM_ARTIST_CONFIG__OUTPUT_FORMAT, oldOutputFormat, outputFormat));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamArtistPackage.DREAM_ARTIST_CONFIG__TOKEN, oldToken, token));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamArtistPackage.DREAM_ARTIST_CONFIG__INIT_TEXT, oldInitText, initText));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamArtistPackage.DREAM_ARTIST_CONFIG__VECTORS, oldVectors, vectors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNegativeInitText() {
		return negativeInitText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNegativeInitText(String newNegativeInitText) {
		String oldNegativeInitText = negativeInitText;
		negativeInitText = newNegativeInitText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_INIT_TEXT, oldNegativeInitText, negativeInitText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNegativeVectors() {
		return negativeVectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNegativeVectors(int newNegativeVectors) {
		int oldNegativeVectors = negativeVectors;
		negativeVectors = newNegativeVectors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_VECTORS, oldNegativeVectors, negativeVectors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNegativeLrWeight() {
		return negativeLrWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNegativeLrWeight(double newNegativeLrWeight) {
		double oldNegativeLrWeight = negativeLrWeight;
		negativeLrWeight = newNegativeLrWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_LR_WEIGHT, oldNegativeLrWeight, negativeLrWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCfgScale() {
		return cfgScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCfgScale(String newCfgScale) {
		String oldCfgScale = cfgScale;
		cfgScale = newCfgScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DreamArtistPackage.DREAM_ARTIST_CONFIG__CFG_SCALE, oldCfgScale, cfgScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReconstruction() {
		return reconstruction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReconstruction(boolean newReconstruction) {
		boolean oldReconstruction = reconstruction;
		reconstruction = newReconstruction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DreamArtistPackage.DREAM_ARTIST_CONFIG__RECONSTRUCTION, oldReconstruction, reconstruction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getReconstructionWeight() {
		return reconstructionWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReconstructionWeight(double newReconstructionWeight) {
		double oldReconstructionWeight = reconstructionWeight;
		reconstructionWeight = newReconstructionWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DreamArtistPackage.DREAM_ARTIST_CONFIG__RECONSTRUCTION_WEIGHT, oldReconstructionWeight, reconstructionWeight));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamArtistPackage.DREAM_ARTIST_CONFIG__TEMPLATE, oldTemplate, template));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamArtistPackage.DREAM_ARTIST_CONFIG__TEMPLATE_FILE, oldTemplateFile, templateFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__OUTPUT_FORMAT:
				return getOutputFormat();
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__TOKEN:
				return getToken();
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__INIT_TEXT:
				return getInitText();
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__VECTORS:
				return getVectors();
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_INIT_TEXT:
				return getNegativeInitText();
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_VECTORS:
				return getNegativeVectors();
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_LR_WEIGHT:
				return getNegativeLrWeight();
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__CFG_SCALE:
				return getCfgScale();
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__RECONSTRUCTION:
				return isReconstruction();
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__RECONSTRUCTION_WEIGHT:
				return getReconstructionWeight();
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__TEMPLATE:
				return getTemplate();
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__TEMPLATE_FILE:
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
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__OUTPUT_FORMAT:
				setOutputFormat((EmbeddingFormat)newValue);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__TOKEN:
				setToken((String)newValue);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__INIT_TEXT:
				setInitText((String)newValue);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__VECTORS:
				setVectors((Integer)newValue);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_INIT_TEXT:
				setNegativeInitText((String)newValue);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_VECTORS:
				setNegativeVectors((Integer)newValue);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_LR_WEIGHT:
				setNegativeLrWeight((Double)newValue);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__CFG_SCALE:
				setCfgScale((String)newValue);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__RECONSTRUCTION:
				setReconstruction((Boolean)newValue);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__RECONSTRUCTION_WEIGHT:
				setReconstructionWeight((Double)newValue);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__TEMPLATE:
				setTemplate((String)newValue);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__TEMPLATE_FILE:
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
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__OUTPUT_FORMAT:
				setOutputFormat(OUTPUT_FORMAT_EDEFAULT);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__TOKEN:
				setToken(TOKEN_EDEFAULT);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__INIT_TEXT:
				setInitText(INIT_TEXT_EDEFAULT);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__VECTORS:
				setVectors(VECTORS_EDEFAULT);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_INIT_TEXT:
				setNegativeInitText(NEGATIVE_INIT_TEXT_EDEFAULT);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_VECTORS:
				setNegativeVectors(NEGATIVE_VECTORS_EDEFAULT);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_LR_WEIGHT:
				setNegativeLrWeight(NEGATIVE_LR_WEIGHT_EDEFAULT);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__CFG_SCALE:
				setCfgScale(CFG_SCALE_EDEFAULT);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__RECONSTRUCTION:
				setReconstruction(RECONSTRUCTION_EDEFAULT);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__RECONSTRUCTION_WEIGHT:
				setReconstructionWeight(RECONSTRUCTION_WEIGHT_EDEFAULT);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__TEMPLATE:
				setTemplate(TEMPLATE_EDEFAULT);
				return;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__TEMPLATE_FILE:
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
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__OUTPUT_FORMAT:
				return outputFormat != OUTPUT_FORMAT_EDEFAULT;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__TOKEN:
				return TOKEN_EDEFAULT == null ? token != null : !TOKEN_EDEFAULT.equals(token);
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__INIT_TEXT:
				return INIT_TEXT_EDEFAULT == null ? initText != null : !INIT_TEXT_EDEFAULT.equals(initText);
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__VECTORS:
				return vectors != VECTORS_EDEFAULT;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_INIT_TEXT:
				return NEGATIVE_INIT_TEXT_EDEFAULT == null ? negativeInitText != null : !NEGATIVE_INIT_TEXT_EDEFAULT.equals(negativeInitText);
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_VECTORS:
				return negativeVectors != NEGATIVE_VECTORS_EDEFAULT;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__NEGATIVE_LR_WEIGHT:
				return negativeLrWeight != NEGATIVE_LR_WEIGHT_EDEFAULT;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__CFG_SCALE:
				return CFG_SCALE_EDEFAULT == null ? cfgScale != null : !CFG_SCALE_EDEFAULT.equals(cfgScale);
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__RECONSTRUCTION:
				return reconstruction != RECONSTRUCTION_EDEFAULT;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__RECONSTRUCTION_WEIGHT:
				return reconstructionWeight != RECONSTRUCTION_WEIGHT_EDEFAULT;
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__TEMPLATE:
				return TEMPLATE_EDEFAULT == null ? template != null : !TEMPLATE_EDEFAULT.equals(template);
			case DreamArtistPackage.DREAM_ARTIST_CONFIG__TEMPLATE_FILE:
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
				case DreamArtistPackage.DREAM_ARTIST_CONFIG__OUTPUT_FORMAT: return AtelierPackage.SAVES_EMBEDDING__OUTPUT_FORMAT;
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
				case AtelierPackage.SAVES_EMBEDDING__OUTPUT_FORMAT: return DreamArtistPackage.DREAM_ARTIST_CONFIG__OUTPUT_FORMAT;
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
		result.append(", negativeInitText: ");
		result.append(negativeInitText);
		result.append(", negativeVectors: ");
		result.append(negativeVectors);
		result.append(", negativeLrWeight: ");
		result.append(negativeLrWeight);
		result.append(", cfgScale: ");
		result.append(cfgScale);
		result.append(", reconstruction: ");
		result.append(reconstruction);
		result.append(", reconstructionWeight: ");
		result.append(reconstructionWeight);
		result.append(", template: ");
		result.append(template);
		result.append(", templateFile: ");
		result.append(templateFile);
		result.append(')');
		return result.toString();
	}

} //DreamArtistConfigImpl
