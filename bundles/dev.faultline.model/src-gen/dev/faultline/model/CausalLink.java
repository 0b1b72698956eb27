/**
 */
package dev.faultline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Causal Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cause-effect link between two facts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.CausalLink#getCause <em>Cause</em>}</li>
 *   <li>{@link dev.faultline.model.CausalLink#getEffect <em>Effect</em>}</li>
 *   <li>{@link dev.faultline.model.CausalLink#getRelation <em>Relation</em>}</li>
 *   <li>{@link dev.faultline.model.CausalLink#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link dev.faultline.model.CausalLink#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getCausalLink()
 * @model
 * @generated
 */
public interface CausalLink extends Fact {
	/**
	 * Returns the value of the '<em><b>Cause</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cause.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cause</em>' reference.
	 * @see #setCause(CausalNode)
	 * @see dev.faultline.model.FaultlinePackage#getCausalLink_Cause()
	 * @model
	 * @generated
	 */
	CausalNode getCause();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CausalLink#getCause <em>Cause</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause</em>' reference.
	 * @see #getCause()
	 * @generated
	 */
	void setCause(CausalNode value);

	/**
	 * Returns the value of the '<em><b>Effect</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effect</em>' reference.
	 * @see #setEffect(CausalNode)
	 * @see dev.faultline.model.FaultlinePackage#getCausalLink_Effect()
	 * @model
	 * @generated
	 */
	CausalNode getEffect();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CausalLink#getEffect <em>Effect</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effect</em>' reference.
	 * @see #getEffect()
	 * @generated
	 */
	void setEffect(CausalNode value);

	/**
	 * Returns the value of the '<em><b>Relation</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.faultline.model.RelationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the cause acts on the effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relation</em>' attribute.
	 * @see dev.faultline.model.RelationKind
	 * @see #setRelation(RelationKind)
	 * @see dev.faultline.model.FaultlinePackage#getCausalLink_Relation()
	 * @model
	 * @generated
	 */
	RelationKind getRelation();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CausalLink#getRelation <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relation</em>' attribute.
	 * @see dev.faultline.model.RelationKind
	 * @see #getRelation()
	 * @generated
	 */
	void setRelation(RelationKind value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.faultline.model.Confidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How sure the analysts are.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see dev.faultline.model.Confidence
	 * @see #setConfidence(Confidence)
	 * @see dev.faultline.model.FaultlinePackage#getCausalLink_Confidence()
	 * @model
	 * @generated
	 */
	Confidence getConfidence();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CausalLink#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see dev.faultline.model.Confidence
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(Confidence value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the link holds (sources, reasoning).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see dev.faultline.model.FaultlinePackage#getCausalLink_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link dev.faultline.model.CausalLink#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

} // CausalLink
