/**
 */
package org.atelier.methods.hypernetwork.model.impl;

import org.atelier.methods.hypernetwork.model.Activation;
import org.atelier.methods.hypernetwork.model.HypernetworkConfig;
import org.atelier.methods.hypernetwork.model.HypernetworkPackage;
import org.atelier.methods.hypernetwork.model.WeightInitialization;

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
 *   <li>{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl#getLayerStructure <em>Layer Structure</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl#isActivateOutput <em>Activate Output</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl#isLayerNorm <em>Layer Norm</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl#getWeightInitialization <em>Weight Initialization</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl#isUseDropout <em>Use Dropout</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl#getDropoutStructure <em>Dropout Structure</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl#isLastLayerDropout <em>Last Layer Dropout</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl#getSizes <em>Sizes</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl#getStartFrom <em>Start From</em>}</li>
 *   <li>{@link org.atelier.methods.hypernetwork.model.impl.HypernetworkConfigImpl#getOutputName <em>Output Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HypernetworkConfigImpl extends TrainingConfigImpl implements HypernetworkConfig {
	/**
	 * The default value of the '{@link #getLayerStructure() <em>Layer Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerStructure()
	 * @generated
	 * @ordered
	 */
	protected static final String LAYER_STRUCTURE_EDEFAULT = "1, 2, 1";

	/**
	 * The cached value of the '{@link #getLayerStructure() <em>Layer Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerStructure()
	 * @generated
	 * @ordered
	 */
	protected String layerStructure = LAYER_STRUCTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected static final Activation ACTIVATION_EDEFAULT = Activation.LINEAR;

	/**
	 * The cached value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected Activation activation = ACTIVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isActivateOutput() <em>Activate Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActivateOutput()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVATE_OUTPUT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isActivateOutput() <em>Activate Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActivateOutput()
	 * @generated
	 * @ordered
	 */
	protected boolean activateOutput = ACTIVATE_OUTPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #isLayerNorm() <em>Layer Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLayerNorm()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LAYER_NORM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLayerNorm() <em>Layer Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLayerNorm()
	 * @generated
	 * @ordered
	 */
	protected boolean layerNorm = LAYER_NORM_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightInitialization() <em>Weight Initialization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightInitialization()
	 * @generated
	 * @ordered
	 */
	protected static final WeightInitialization WEIGHT_INITIALIZATION_EDEFAULT = WeightInitialization.NORMAL;

	/**
	 * The cached value of the '{@link #getWeightInitialization() <em>Weight Initialization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightInitialization()
	 * @generated
	 * @ordered
	 */
	protected WeightInitialization weightInitialization = WEIGHT_INITIALIZATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isUseDropout() <em>Use Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseDropout()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USE_DROPOUT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUseDropout() <em>Use Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseDropout()
	 * @generated
	 * @ordered
	 */
	protected boolean useDropout = USE_DROPOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDropoutStructure() <em>Dropout Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropoutStructure()
	 * @generated
	 * @ordered
	 */
	protected static final String DROPOUT_STRUCTURE_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getDropoutStructure() <em>Dropout Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropoutStructure()
	 * @generated
	 * @ordered
	 */
	protected String dropoutStructure = DROPOUT_STRUCTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #isLastLayerDropout() <em>Last Layer Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLastLayerDropout()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LAST_LAYER_DROPOUT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isLastLayerDropout() <em>Last Layer Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLastLayerDropout()
	 * @generated
	 * @ordered
	 */
	protected boolean lastLayerDropout = LAST_LAYER_DROPOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSizes() <em>Sizes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizes()
	 * @generated
	 * @ordered
	 */
	protected static final String SIZES_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getSizes() <em>Sizes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizes()
	 * @generated
	 * @ordered
	 */
	protected String sizes = SIZES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplate() <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_EDEFAULT = "[filewords]";

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
	 * The default value of the '{@link #getStartFrom() <em>Start From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartFrom()
	 * @generated
	 * @ordered
	 */
	protected static final String START_FROM_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getStartFrom() <em>Start From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartFrom()
	 * @generated
	 * @ordered
	 */
	protected String startFrom = START_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputName() <em>Output Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputName()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTPUT_NAME_EDEFAULT = "hypernetwork";

	/**
	 * The cached value of the '{@link #getOutputName() <em>Output Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputName()
	 * @generated
	 * @ordered
	 */
	protected String outputName = OUTPUT_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HypernetworkConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HypernetworkPackage.Literals.HYPERNETWORK_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLayerStructure() {
		return layerStructure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayerStructure(String newLayerStructure) {
		String oldLayerStructure = layerStructure;
		layerStructure = newLayerStructure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HypernetworkPackage.HYPERNETWORK_CONFIG__LAYER_STRUCTURE, oldLayerStructure, layerStructure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activation getActivation() {
		return activation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivation(Activation newActivation) {
		Activation oldActivation = activation;
		activation = newActivation == null ? ACTIVATION_EDEFAULT : newActivation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HypernetworkPackage.HYPERNETWORK_CONFIG__ACTIVATION, oldActivation, activation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActivateOutput() {
		return activateOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivateOutput(boolean newActivateOutput) {
		boolean oldActivateOutput = activateOutput;
		activateOutput = newActivateOutput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HypernetworkPackage.HYPERNETWORK_CONFIG__ACTIVATE_OUTPUT, oldActivateOutput, activateOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLayerNorm() {
		return layerNorm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayerNorm(boolean newLayerNorm) {
		boolean oldLayerNorm = layerNorm;
		layerNorm = newLayerNorm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HypernetworkPackage.HYPERNETWORK_CONFIG__LAYER_NORM, oldLayerNorm, layerNorm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WeightInitialization getWeightInitialization() {
		return weightInitialization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightInitialization(WeightInitialization newWeightInitialization) {
		WeightInitialization oldWeightInitialization = weightInitialization;
		weightInitialization = newWeightInitialization == null ? WEIGHT_INITIALIZATION_EDEFAULT : newWeightInitialization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HypernetworkPackage.HYPERNETWORK_CONFIG__WEIGHT_INITIALIZATION, oldWeightInitialization, weightInitialization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUseDropout() {
		return useDropout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUseDropout(boolean newUseDropout) {
		boolean oldUseDropout = useDropout;
		useDropout = newUseDropout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HypernetworkPackage.HYPERNETWORK_CONFIG__USE_DROPOUT, oldUseDropout, useDropout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDropoutStructure() {
		return dropoutStructure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDropoutStructure(String newDropoutStructure) {
		String oldDropoutStructure = dropoutStructure;
		dropoutStructure = newDropoutStructure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HypernetworkPackage.HYPERNETWORK_CONFIG__DROPOUT_STRUCTURE, oldDropoutStructure, dropoutStructure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLastLayerDropout() {
		return lastLayerDropout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastLayerDropout(boolean newLastLayerDropout) {
		boolean oldLastLayerDropout = lastLayerDropout;
		lastLayerDropout = newLastLayerDropout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HypernetworkPackage.HYPERNETWORK_CONFIG__LAST_LAYER_DROPOUT, oldLastLayerDropout, lastLayerDropout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSizes() {
		return sizes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSizes(String newSizes) {
		String oldSizes = sizes;
		sizes = newSizes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HypernetworkPackage.HYPERNETWORK_CONFIG__SIZES, oldSizes, sizes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HypernetworkPackage.HYPERNETWORK_CONFIG__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStartFrom() {
		return startFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartFrom(String newStartFrom) {
		String oldStartFrom = startFrom;
		startFrom = newStartFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HypernetworkPackage.HYPERNETWORK_CONFIG__START_FROM, oldStartFrom, startFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutputName() {
		return outputName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputName(String newOutputName) {
		String oldOutputName = outputName;
		outputName = newOutputName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HypernetworkPackage.HYPERNETWORK_CONFIG__OUTPUT_NAME, oldOutputName, outputName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HypernetworkPackage.HYPERNETWORK_CONFIG__LAYER_STRUCTURE:
				return getLayerStructure();
			case HypernetworkPackage.HYPERNETWORK_CONFIG__ACTIVATION:
				return getActivation();
			case HypernetworkPackage.HYPERNETWORK_CONFIG__ACTIVATE_OUTPUT:
				return isActivateOutput();
			case HypernetworkPackage.HYPERNETWORK_CONFIG__LAYER_NORM:
				return isLayerNorm();
			case HypernetworkPackage.HYPERNETWORK_CONFIG__WEIGHT_INITIALIZATION:
				return getWeightInitialization();
			case HypernetworkPackage.HYPERNETWORK_CONFIG__USE_DROPOUT:
				return isUseDropout();
			case HypernetworkPackage.HYPERNETWORK_CONFIG__DROPOUT_STRUCTURE:
				return getDropoutStructure();
			case HypernetworkPackage.HYPERNETWORK_CONFIG__LAST_LAYER_DROPOUT:
				return isLastLayerDropout();
			case HypernetworkPackage.HYPERNETWORK_CONFIG__SIZES:
				return getSizes();
			case HypernetworkPackage.HYPERNETWORK_CONFIG__TEMPLATE:
				return getTemplate();
			case HypernetworkPackage.HYPERNETWORK_CONFIG__START_FROM:
				return getStartFrom();
			case HypernetworkPackage.HYPERNETWORK_CONFIG__OUTPUT_NAME:
				return getOutputName();
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
			case HypernetworkPackage.HYPERNETWORK_CONFIG__LAYER_STRUCTURE:
				setLayerStructure((String)newValue);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__ACTIVATION:
				setActivation((Activation)newValue);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__ACTIVATE_OUTPUT:
				setActivateOutput((Boolean)newValue);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__LAYER_NORM:
				setLayerNorm((Boolean)newValue);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__WEIGHT_INITIALIZATION:
				setWeightInitialization((WeightInitialization)newValue);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__USE_DROPOUT:
				setUseDropout((Boolean)newValue);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__DROPOUT_STRUCTURE:
				setDropoutStructure((String)newValue);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__LAST_LAYER_DROPOUT:
				setLastLayerDropout((Boolean)newValue);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__SIZES:
				setSizes((String)newValue);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__TEMPLATE:
				setTemplate((String)newValue);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__START_FROM:
				setStartFrom((String)newValue);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__OUTPUT_NAME:
				setOutputName((String)newValue);
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
			case HypernetworkPackage.HYPERNETWORK_CONFIG__LAYER_STRUCTURE:
				setLayerStructure(LAYER_STRUCTURE_EDEFAULT);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__ACTIVATION:
				setActivation(ACTIVATION_EDEFAULT);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__ACTIVATE_OUTPUT:
				setActivateOutput(ACTIVATE_OUTPUT_EDEFAULT);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__LAYER_NORM:
				setLayerNorm(LAYER_NORM_EDEFAULT);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__WEIGHT_INITIALIZATION:
				setWeightInitialization(WEIGHT_INITIALIZATION_EDEFAULT);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__USE_DROPOUT:
				setUseDropout(USE_DROPOUT_EDEFAULT);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__DROPOUT_STRUCTURE:
				setDropoutStructure(DROPOUT_STRUCTURE_EDEFAULT);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__LAST_LAYER_DROPOUT:
				setLastLayerDropout(LAST_LAYER_DROPOUT_EDEFAULT);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__SIZES:
				setSizes(SIZES_EDEFAULT);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__TEMPLATE:
				setTemplate(TEMPLATE_EDEFAULT);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__START_FROM:
				setStartFrom(START_FROM_EDEFAULT);
				return;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__OUTPUT_NAME:
				setOutputName(OUTPUT_NAME_EDEFAULT);
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
			case HypernetworkPackage.HYPERNETWORK_CONFIG__LAYER_STRUCTURE:
				return LAYER_STRUCTURE_EDEFAULT == null ? layerStructure != null : !LAYER_STRUCTURE_EDEFAULT.equals(layerStructure);
			case HypernetworkPackage.HYPERNETWORK_CONFIG__ACTIVATION:
				return activation != ACTIVATION_EDEFAULT;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__ACTIVATE_OUTPUT:
				return activateOutput != ACTIVATE_OUTPUT_EDEFAULT;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__LAYER_NORM:
				return layerNorm != LAYER_NORM_EDEFAULT;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__WEIGHT_INITIALIZATION:
				return weightInitialization != WEIGHT_INITIALIZATION_EDEFAULT;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__USE_DROPOUT:
				return useDropout != USE_DROPOUT_EDEFAULT;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__DROPOUT_STRUCTURE:
				return DROPOUT_STRUCTURE_EDEFAULT == null ? dropoutStructure != null : !DROPOUT_STRUCTURE_EDEFAULT.equals(dropoutStructure);
			case HypernetworkPackage.HYPERNETWORK_CONFIG__LAST_LAYER_DROPOUT:
				return lastLayerDropout != LAST_LAYER_DROPOUT_EDEFAULT;
			case HypernetworkPackage.HYPERNETWORK_CONFIG__SIZES:
				return SIZES_EDEFAULT == null ? sizes != null : !SIZES_EDEFAULT.equals(sizes);
			case HypernetworkPackage.HYPERNETWORK_CONFIG__TEMPLATE:
				return TEMPLATE_EDEFAULT == null ? template != null : !TEMPLATE_EDEFAULT.equals(template);
			case HypernetworkPackage.HYPERNETWORK_CONFIG__START_FROM:
				return START_FROM_EDEFAULT == null ? startFrom != null : !START_FROM_EDEFAULT.equals(startFrom);
			case HypernetworkPackage.HYPERNETWORK_CONFIG__OUTPUT_NAME:
				return OUTPUT_NAME_EDEFAULT == null ? outputName != null : !OUTPUT_NAME_EDEFAULT.equals(outputName);
		}
		return super.eIsSet(featureID);
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
		result.append(" (layerStructure: ");
		result.append(layerStructure);
		result.append(", activation: ");
		result.append(activation);
		result.append(", activateOutput: ");
		result.append(activateOutput);
		result.append(", layerNorm: ");
		result.append(layerNorm);
		result.append(", weightInitialization: ");
		result.append(weightInitialization);
		result.append(", useDropout: ");
		result.append(useDropout);
		result.append(", dropoutStructure: ");
		result.append(dropoutStructure);
		result.append(", lastLayerDropout: ");
		result.append(lastLayerDropout);
		result.append(", sizes: ");
		result.append(sizes);
		result.append(", template: ");
		result.append(template);
		result.append(", startFrom: ");
		result.append(startFrom);
		result.append(", outputName: ");
		result.append(outputName);
		result.append(')');
		return result.toString();
	}

} //HypernetworkConfigImpl
